import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ApiIfMatch, ApiProblemResponses, IfMatch, RequirePermission } from '@zhanggui/api-platform';
import { ProcurementPolicyService } from './procurement-policy';

export class ProcurementPolicyDto {
  @ApiProperty({
    description: 'Purchase orders above this total (in 分) need the general manager’s approval.',
    example: 5000000,
  })
  @IsInt()
  @Min(0)
  @Max(100_000_000_000)
  poApprovalThreshold!: number;

  @ApiProperty({ description: 'Invoice unit price tolerance in basis points (100 = ±1%).', example: 100 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  invoicePriceToleranceBp!: number;

  @ApiProperty({ description: 'Units an invoice line may differ from what was received (0 = exact).' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  invoiceQuantityTolerance!: number;
}

export class ProcurementPolicyResponse extends ProcurementPolicyDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  version!: number;
}

@ApiTags('procurement')
@Controller('procurement-policy')
export class ProcurementPolicyController {
  constructor(private readonly policy: ProcurementPolicyService) {}

  @Get()
  @RequirePermission('purchase-orders:read', 'supplier-invoices:read')
  @ApiOperation({ summary: 'The purchase order approval threshold and the invoice matching tolerances.' })
  @ApiOkResponse({ type: ProcurementPolicyResponse })
  async get(): Promise<ProcurementPolicyResponse> {
    return { id: 'procurement-policy', ...(await this.policy.current()) };
  }

  @Put()
  @RequirePermission('procurement-policy:write')
  @ApiOperation({ summary: 'Change the approval threshold and the matching tolerances.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ProcurementPolicyResponse })
  @ApiProblemResponses(400, 412)
  async update(
    @Body() body: ProcurementPolicyDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ProcurementPolicyResponse> {
    return { id: 'procurement-policy', ...(await this.policy.update(body, expected)) };
  }
}
