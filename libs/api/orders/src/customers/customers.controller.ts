import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { ChinaDivisions } from '../divisions/china-divisions';
import { customerScope, piiVisibility } from './customer-access';
import { CustomerHistory } from './customer-history';
import { CustomerListService } from './customer-list.service';
import { addressView, customerResponse, customerSummary } from './customer-views';
import { CustomerDetail, CustomersService } from './customers.service';
import { ConsentDto, CreateCustomerDto, UpdateCustomerDto } from './dto/customer-input.dto';
import { CustomerHistoryResponse, CustomerResponse, CustomerSummary } from './dto/customer.response';
import { ListCustomersQuery } from './dto/list-customers.query';

@ApiTags('customers')
@Controller()
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly list: CustomerListService,
    private readonly history: CustomerHistory,
    private readonly divisions: ChinaDivisions,
  ) {}

  @Get('customers')
  @RequirePermission('customers:read')
  @ApiOperation({
    summary:
      'Customers of the caller’s territories: search by name (any part, pinyin, initials), phone (whole or last 4 digits) or number. Phones and addresses are masked without customers:pii-read.',
  })
  @ApiPageResponse(CustomerSummary)
  @ApiProblemResponses(400)
  async listCustomers(@Query() query: ListCustomersQuery): Promise<Page<CustomerSummary>> {
    const { page, defaultAddresses, memberships } = await this.list.list(
      query,
      await customerScope('customers:read'),
    );
    const sees = await piiVisibility();
    return {
      ...page,
      data: page.data.map((customer) => {
        const address = defaultAddresses.get(customer.id);
        return customerSummary(
          customer,
          address ? addressView(address, this.divisions) : null,
          memberships.get(customer.id) ?? null,
          !sees(customer.territoryId),
        );
      }),
    };
  }

  @Get('customers/:id')
  @RequirePermission('customers:read')
  @ApiOperation({
    summary:
      'One customer with addresses, consent and membership. A merged duplicate answers with status merged and mergedIntoId.',
  })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<CustomerResponse> {
    return this.respond(await this.customers.visibleDetail(id));
  }

  @Post('customers')
  @RequirePermission('customers:write')
  @ApiOperation({
    summary:
      'Register a customer (the minimal contract: name and phone). A phone another customer has is 409 CUSTOMER_PHONE_TAKEN naming that customer.',
  })
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateCustomerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponse> {
    const detail = await this.customers.create(body);
    void reply.header('Location', `/api/v1/customers/${detail.customer.id}`);
    return this.respond(detail);
  }

  @Patch('customers/:id')
  @RequirePermission('customers:write')
  @ApiOperation({
    summary:
      'Change contact details, tags, source, or the territory (only when the default address city is not mapped to one).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCustomerDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CustomerResponse> {
    return this.respond(await this.customers.update(id, body, expected));
  }

  @Put('customers/:id/marketing-consent')
  @RequirePermission('customers:write')
  @ApiOperation({ summary: 'Record marketing consent given or withdrawn: when, and through which channel.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async setConsent(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConsentDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CustomerResponse> {
    return this.respond(await this.customers.setConsent(id, body, expected));
  }

  @Get('customers/:id/history')
  @RequirePermission('customers:read')
  @ApiOperation({
    summary: 'What happened to the customer, oldest first, including duplicates merged into it.',
  })
  @ApiOkResponse({ type: [CustomerHistoryResponse] })
  @ApiProblemResponses(400, 404)
  async historyOf(@Param('id', ParseUUIDPipe) id: string): Promise<CustomerHistoryResponse[]> {
    await this.customers.visibleDetail(id);
    return (await this.history.of(id)).map((entry) => ({
      ...entry,
      occurredAt: new Date(entry.occurredAt).toISOString(),
    }));
  }

  private async respond(detail: CustomerDetail): Promise<CustomerResponse> {
    const sees = await piiVisibility();
    return customerResponse(detail, this.divisions, !sees(detail.customer.territoryId));
  }
}
