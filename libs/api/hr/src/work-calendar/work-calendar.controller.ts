import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  ApiProblemResponses,
  RequirePermission,
  WorkCalendarDay,
  WorkCalendarService,
} from '@zhanggui/api-platform';

class YearQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

class DateParams {
  @ApiProperty({ example: '2026-10-01' })
  @IsISO8601({ strict: true })
  date!: string;
}

class SetCalendarDayDto {
  @ApiProperty({ enum: ['holiday', 'make-up-workday'] })
  @IsIn(['holiday', 'make-up-workday'])
  kind!: 'holiday' | 'make-up-workday';

  @ApiProperty({ example: '国庆节' })
  // Blank names are refused here rather than by the table's check (which answered 500).
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name!: string;
}

class CalendarDayResponse {
  @ApiProperty({ example: '2026-10-01' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'make-up-workday'] }) kind!: string;
  @ApiProperty() name!: string;
}

class MaintainedYearsResponse {
  @ApiProperty({
    type: [Number],
    description: 'Years whose holidays are entered; others read as plain Mon–Fri.',
  })
  years!: number[];
}

const view = (day: WorkCalendarDay): CalendarDayResponse => ({
  date: day.date,
  kind: day.kind,
  name: day.name,
});

/** HR keeps the company calendar (holidays and make-up working days) that every working-time count reads. */
@ApiTags('hr')
@Controller('work-calendar')
export class WorkCalendarController {
  constructor(private readonly calendar: WorkCalendarService) {}

  @Get('days')
  @RequirePermission('work-calendar:read')
  @ApiOperation({ summary: 'A year’s holidays and make-up working days, by date.' })
  @ApiOkResponse({ type: [CalendarDayResponse] })
  @ApiProblemResponses(400)
  async days(@Query() query: YearQuery): Promise<CalendarDayResponse[]> {
    return (await this.calendar.days(query.year)).map(view);
  }

  @Get('years')
  @RequirePermission('work-calendar:read')
  @ApiOperation({ summary: 'Which years are maintained.' })
  @ApiOkResponse({ type: MaintainedYearsResponse })
  async years(): Promise<MaintainedYearsResponse> {
    return { years: await this.calendar.maintainedYears() };
  }

  @Put('days/:date')
  @RequirePermission('work-calendar:write')
  @ApiOperation({ summary: 'Make a date a holiday or a make-up working day.' })
  @ApiOkResponse({ type: CalendarDayResponse })
  @ApiProblemResponses(400)
  async set(@Param() params: DateParams, @Body() body: SetCalendarDayDto): Promise<CalendarDayResponse> {
    return view(await this.calendar.setDay({ date: params.date, kind: body.kind, name: body.name }));
  }

  @Delete('days/:date')
  @HttpCode(204)
  @RequirePermission('work-calendar:write')
  @ApiOperation({ summary: 'Make a date an ordinary day of the week again.' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404)
  async remove(@Param() params: DateParams): Promise<void> {
    await this.calendar.removeDay(params.date);
  }
}
