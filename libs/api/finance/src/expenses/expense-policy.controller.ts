import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { ExpenseCategoryResponse, PolicyLimitResponse, SetPolicyLimitDto } from './dto/expense-policy.dto';
import { expenseAccountFor } from './expense-categories';
import { ExpensePolicyService } from './expense-policy.service';

/** The expense categories and the policy limits (报销标准) by category and grade. */
@ApiTags('finance')
@Controller()
export class ExpensePolicyController {
  constructor(private readonly policy: ExpensePolicyService) {}

  @Get('expense-categories')
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({ summary: 'The expense categories and the ledger accounts they post to.' })
  @ApiOkResponse({ type: [ExpenseCategoryResponse] })
  categories(): ExpenseCategoryResponse[] {
    return ExpenseCategoryResponse.all((category, territory) =>
      expenseAccountFor(category, territory ? 'city' : 'department'),
    );
  }

  @Get('expense-policy-limits')
  @RequirePermission('expense-claims:write', 'expense-claims:read')
  @ApiOperation({ summary: 'The limits per category, grade and basis (per line or per day), in 分.' })
  @ApiOkResponse({ type: [PolicyLimitResponse] })
  async list(): Promise<PolicyLimitResponse[]> {
    return (await this.policy.list()).map(PolicyLimitResponse.from);
  }

  @Put('expense-policy-limits')
  @RequirePermission('expense-policies:write')
  @ApiOperation({ summary: 'Set the limit for a category, grade and basis (replaces the one there).' })
  @ApiOkResponse({ type: PolicyLimitResponse })
  @ApiProblemResponses(400)
  async set(@Body() body: SetPolicyLimitDto): Promise<PolicyLimitResponse> {
    return PolicyLimitResponse.from(await this.policy.set(body));
  }
}
