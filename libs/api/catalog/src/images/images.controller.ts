import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiFileUpload,
  ApiProblemResponses,
  Public,
  readUploadedFile,
  RequirePermission,
} from '@zhanggui/api-platform';
import { ImageView } from '../products/dto/product.response';
import { ImagesService } from './images.service';
import type { ImageVariant } from './product-image.entity';

class ReorderImagesDto {
  @ApiProperty({ type: [String], description: 'Every image id of the product, in the new order.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  imageIds!: string[];
}

class ImageFileParams {
  @IsUUID()
  id!: string;

  @IsIn(['thumb', 'medium', 'large', 'original'])
  variant!: ImageVariant;
}

@ApiTags('catalog')
@Controller()
export class ImagesController {
  constructor(private readonly images: ImagesService) {}

  @Post('products/:id/images')
  @RequirePermission('product-content:write')
  @ApiOperation({
    summary:
      'Upload a product photo (multipart field "file"): JPEG, PNG, WebP, GIF or AVIF, judged by its bytes.',
  })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: ImageView })
  @ApiProblemResponses(400, 404, 413, 415)
  async upload(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest): Promise<ImageView> {
    const upload = await readUploadedFile(request, 'image');
    return ImageView.from(await this.images.upload(id, upload.bytes));
  }

  @Put('products/:id/images/order')
  @RequirePermission('product-content:write')
  @ApiOperation({ summary: 'Reorder the product’s images.' })
  @ApiOkResponse({ type: [ImageView] })
  @ApiProblemResponses(400, 404)
  async reorder(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReorderImagesDto,
  ): Promise<ImageView[]> {
    return (await this.images.reorder(id, body.imageIds)).map(ImageView.from);
  }

  @Post('product-images/:id/main')
  @HttpCode(200)
  @RequirePermission('product-content:write')
  @ApiOperation({ summary: 'Make this the product’s main image.' })
  @ApiOkResponse({ type: [ImageView] })
  @ApiProblemResponses(400, 404)
  async makeMain(@Param('id', ParseUUIDPipe) id: string): Promise<ImageView[]> {
    return (await this.images.makeMain(id)).map(ImageView.from);
  }

  @Delete('product-images/:id')
  @HttpCode(204)
  @RequirePermission('product-content:write')
  @ApiOperation({ summary: 'Remove an image.' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.images.remove(id);
  }

  /** Public like a CDN: the website's visitors load these directly. Ids are unguessable; files never change. */
  @Get('product-images/:id/:variant')
  @Public()
  @ApiOperation({
    summary: 'The image file (thumb, medium, large as WebP; original in its format), cached for a year.',
  })
  @ApiOkResponse({ description: 'The image bytes.' })
  @ApiProblemResponses(400, 404)
  async file(@Param() params: ImageFileParams, @Res() reply: FastifyReply): Promise<void> {
    const { file, contentType } = await this.images.file(params.id, params.variant);
    await reply
      .header('Content-Type', contentType)
      .header('Content-Length', String(file.size))
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('X-Content-Type-Options', 'nosniff')
      .send(file.stream);
  }
}
