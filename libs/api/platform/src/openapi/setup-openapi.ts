import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Zhanggui API')
    .setDescription(
      'The REST API of Zhanggui (掌柜), for the admin console and for partner systems. Conventions (errors, ' +
        'pagination, concurrency, money): docs/api-conventions.md.',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'An access token from /auth/login, or a partner API key (zg_…).',
    })
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** OpenAPI 3.1 as JSON at /api/docs-json and browsable at /api/docs. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
    useGlobalPrefix: false,
    customSiteTitle: 'Zhanggui API',
  });
}
