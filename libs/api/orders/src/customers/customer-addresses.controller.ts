import { Body, Controller, Delete, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ApiProblemResponses, IfMatch, RequirePermission } from '@zhanggui/api-platform';
import { ChinaDivisions } from '../divisions/china-divisions';
import { piiVisibility } from './customer-access';
import { CustomerAddressesService } from './customer-addresses.service';
import { customerResponse } from './customer-views';
import type { CustomerDetail } from './customers.service';
import { AddressInput, UpdateAddressDto } from './dto/address-input.dto';
import { CustomerResponse } from './dto/customer.response';

/** Addresses belong to the customer: each change answers with the customer and its new ETag. */
@ApiTags('customers')
@Controller('customers/:id/addresses')
export class CustomerAddressesController {
  constructor(
    private readonly addresses: CustomerAddressesService,
    private readonly divisions: ChinaDivisions,
  ) {}

  @Post()
  @RequirePermission('customers:write')
  @ApiOperation({
    summary:
      'Add a delivery address (GB/T 2260 province/city/district, checked to nest). The first becomes the default.',
  })
  @ApiIfMatch()
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async add(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddressInput,
    @IfMatch() expected: number[] | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponse> {
    const detail = await this.addresses.add(id, body, expected);
    void reply.header('Location', `/api/v1/customers/${id}`);
    return this.respond(detail);
  }

  @Patch(':addressId')
  @RequirePermission('customers:write')
  @ApiOperation({ summary: 'Change an address, or make it the default (the territory follows its city).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('addressId', ParseUUIDPipe) addressId: string,
    @Body() body: UpdateAddressDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CustomerResponse> {
    return this.respond(await this.addresses.update(id, addressId, body, expected));
  }

  @Delete(':addressId')
  @RequirePermission('customers:write')
  @ApiOperation({ summary: 'Remove an address; if it was the default, the oldest remaining one takes over.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('addressId', ParseUUIDPipe) addressId: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CustomerResponse> {
    return this.respond(await this.addresses.remove(id, addressId, expected));
  }

  private async respond(detail: CustomerDetail): Promise<CustomerResponse> {
    const sees = await piiVisibility();
    return customerResponse(detail, this.divisions, !sees(detail.customer.territoryId));
  }
}
