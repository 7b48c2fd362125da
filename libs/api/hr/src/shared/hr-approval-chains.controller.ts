import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ROLE_CODES } from '@zhanggui/api-identity';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { HR_APPROVAL_SUBJECTS, HrApprovalChains, HrApprovalSubject } from './hr-approval-chains';

const KINDS = ['company', 'department', 'team', 'province', 'region', 'city'] as const;

class ChainStepDto {
  @ApiProperty({ enum: ROLE_CODES }) @IsIn(ROLE_CODES) role!: (typeof ROLE_CODES)[number];
  @ApiPropertyOptional({
    enum: KINDS,
    description: 'Holder of the role at the subject’s nearest unit of this kind; absent: company-wide.',
  })
  @IsOptional()
  @IsIn(KINDS)
  at?: (typeof KINDS)[number];
}

class SetChainDto {
  @ApiProperty({ type: [ChainStepDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ChainStepDto)
  steps!: ChainStepDto[];
}

class SubjectParams {
  @IsIn(HR_APPROVAL_SUBJECTS)
  subject!: HrApprovalSubject;
}

class ChainResponse {
  @ApiProperty({ enum: HR_APPROVAL_SUBJECTS }) subject!: string;
  @ApiProperty({ type: [ChainStepDto] }) steps!: ChainStepDto[];
  @ApiProperty({ description: 'False when the default chain applies.' }) configured!: boolean;
}

@ApiTags('hr')
@Controller('hr-approval-chains')
export class HrApprovalChainsController {
  constructor(private readonly chains: HrApprovalChains) {}

  @Get()
  @RequirePermission('personnel-actions:read')
  @ApiOperation({
    summary: 'Which roles approve each HR request type (hiring, probation, each personnel action), in order.',
  })
  @ApiOkResponse({ type: [ChainResponse] })
  all(): Promise<ChainResponse[]> {
    return this.chains.all();
  }

  @Put(':subject')
  @RequirePermission('hr-approval-chains:write')
  @ApiOperation({
    summary: 'Set the approval steps of one HR request type (applies to requests made afterwards).',
  })
  @ApiOkResponse({ type: ChainResponse })
  @ApiProblemResponses(400)
  async set(@Param() params: SubjectParams, @Body() body: SetChainDto): Promise<ChainResponse> {
    await this.chains.set(params.subject, body.steps);
    return { subject: params.subject, steps: body.steps, configured: true };
  }
}
