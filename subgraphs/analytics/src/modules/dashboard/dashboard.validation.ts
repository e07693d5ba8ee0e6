import { randomUUID } from 'node:crypto';
import { isUuid, userError, type UserError } from '@nexora/kit';
import type { MetricName, MetricPeriod } from '../metric/metric.service';

export const MAX_WIDGETS = 50;
const NAME_MAX = 100;

export interface WidgetInput {
  id?: string | null;
  title: string;
  metric: MetricName;
  period?: MetricPeriod | null;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Widget {
  id: string;
  title: string;
  metric: MetricName;
  period: MetricPeriod;
  x: number;
  y: number;
  w: number;
  h: number;
}

export function checkName(raw: string, errors: UserError[]): string {
  const name = raw.trim();
  if (name.length === 0)
    errors.push(userError('NAME_REQUIRED', 'Give the dashboard a name.', ['input', 'name']));
  else if ([...name].length > NAME_MAX)
    errors.push(
      userError('NAME_TOO_LONG', `A name can have at most ${NAME_MAX} characters.`, ['input', 'name']),
    );
  return name;
}

export function checkColumns(columns: number, errors: UserError[]): void {
  if (!Number.isInteger(columns) || columns < 1 || columns > 24)
    errors.push(userError('COLUMNS_OUT_OF_RANGE', 'A dashboard has 1 to 24 columns.', ['input', 'columns']));
}

/**
 * A layout is valid when every widget lies inside the grid's columns (rows are unbounded), no two
 * overlap, and ids are not repeated; a widget without an id gets a new one. Every problem is reported
 * at its widget.
 */
export function checkWidgets(inputs: readonly WidgetInput[], columns: number, errors: UserError[]): Widget[] {
  if (inputs.length > MAX_WIDGETS) {
    errors.push(
      userError('TOO_MANY_WIDGETS', `A dashboard has at most ${MAX_WIDGETS} widgets.`, ['input', 'widgets']),
    );
    return [];
  }
  const widgets: Widget[] = [];
  const ids = new Set<string>();
  inputs.forEach((input, index) => {
    const at = (field?: string) => ['input', 'widgets', String(index), ...(field ? [field] : [])];
    const title = input.title.trim();
    if (title.length === 0) errors.push(userError('TITLE_REQUIRED', 'Give the widget a title.', at('title')));
    else if ([...title].length > NAME_MAX)
      errors.push(
        userError('TITLE_TOO_LONG', `A title can have at most ${NAME_MAX} characters.`, at('title')),
      );
    const id = input.id && isUuid(input.id) ? input.id.toLowerCase() : input.id ? null : randomUUID();
    if (id === null) errors.push(userError('WIDGET_ID_INVALID', 'A widget id is a UUID.', at('id')));
    else if (ids.has(id))
      errors.push(userError('WIDGET_ID_REPEATED', 'Two widgets have the same id.', at('id')));
    else ids.add(id);
    const whole = [input.x, input.y, input.w, input.h].every(Number.isInteger);
    if (!whole || input.x < 0 || input.y < 0 || input.w < 1 || input.h < 1 || input.x + input.w > columns) {
      errors.push(
        userError(
          'WIDGET_OUTSIDE_GRID',
          `A widget starts at column 0 or later, row 0 or later, is at least 1 by 1 and ends by column ${columns}.`,
          at(),
        ),
      );
      return;
    }
    const overlapped = widgets.findIndex(
      (other) =>
        input.x < other.x + other.w &&
        other.x < input.x + input.w &&
        input.y < other.y + other.h &&
        other.y < input.y + input.h,
    );
    if (overlapped >= 0)
      errors.push(userError('WIDGETS_OVERLAP', `This widget overlaps widget ${overlapped}.`, at()));
    widgets.push({
      id: id ?? randomUUID(),
      title,
      metric: input.metric,
      period: input.period ?? 'MONTH',
      x: input.x,
      y: input.y,
      w: input.w,
      h: input.h,
    });
  });
  return widgets;
}
