import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiProblemResponses, IfMatch, RequirePermission } from '@zhanggui/api-platform';
import { ChinaDivisions } from '../divisions/china-divisions';
import { customerScope, piiVisibility } from './customer-access';
import { CustomerListService } from './customer-list.service';
import { CustomerMergeService } from './customer-merge.service';
import { addressView, customerResponse, customerSummary } from './customer-views';
import { MergeCustomerDto } from './dto/customer-input.dto';
import { CustomerResponse, DuplicateListResponse } from './dto/customer.response';
import { DuplicatesQuery } from './dto/duplicates.query';

@ApiTags('customers')
@Controller('customers')
export class CustomerMergeController {
  constructor(
    private readonly merging: CustomerMergeService,
    private readonly list: CustomerListService,
    private readonly divisions: ChinaDivisions,
  ) {}

  @Get('duplicates')
  @RequirePermission('customers:merge')
  @ApiOperation({
    summary:
      'Likely duplicate customers for a lead to merge: the same phone in any spelling, or the same name at the same address. Newest groups first.',
  })
  @ApiOkResponse({ type: DuplicateListResponse })
  @ApiProblemResponses(400)
  async duplicates(@Query() query: DuplicatesQuery): Promise<DuplicateListResponse> {
    const groups = await this.merging.duplicates(await customerScope('customers:merge'), query.limit);
    const { defaultAddresses, memberships } = await this.list.extrasOf([
      ...new Set(groups.flatMap((group) => group.customers.map((customer) => customer.id))),
    ]);
    const sees = await piiVisibility();
    return {
      data: groups.map((group) => ({
        reason: group.reason,
        customers: group.customers.map((customer) => {
          const address = defaultAddresses.get(customer.id);
          return customerSummary(
            customer,
            address ? addressView(address, this.divisions) : null,
            memberships.get(customer.id) ?? null,
            !sees(customer.territoryId),
          );
        }),
      })),
    };
  }

  @Post(':id/merge')
  @HttpCode(200)
  @RequirePermission('customers:merge')
  @ApiOperation({
    summary:
      'Merge this (duplicate) customer into another: addresses, tags, spend and membership move; this one stays readable as merged, its history joins the other’s.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerResponse, description: 'The customer that was kept.' })
  @ApiProblemResponses(400, 404, 412, 422)
  async merge(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MergeCustomerDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CustomerResponse> {
    const detail = await this.merging.merge(id, body.intoCustomerId, expected);
    const sees = await piiVisibility();
    return customerResponse(detail, this.divisions, !sees(detail.customer.territoryId));
  }
}
