// dayjs 1.11.23 with its utc, relativeTime, customParseFormat and duration plugins (loaded by
// subpath): formatting, arithmetic, diff, queries, strict parsing, relative time and durations,
// all in UTC so that the output does not depend on the machine's time zone.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('dayjs');
const r = {};

const dayjs = requireFixture('dayjs');
const utc = requireFixture('dayjs/plugin/utc');
const relativeTime = requireFixture('dayjs/plugin/relativeTime');
const customParseFormat = requireFixture('dayjs/plugin/customParseFormat');
const duration = requireFixture('dayjs/plugin/duration');
dayjs.extend(utc);
dayjs.extend(relativeTime);
dayjs.extend(customParseFormat);
dayjs.extend(duration);
const d = dayjs.utc('2024-02-28T13:45:30.123Z');
r['format'] = [d.format(), d.format('YYYY-MM-DD HH:mm:ss.SSS'), d.format('dddd, MMMM D YYYY [at] h:mm A'), d.format('YY M D H m s Z ZZ'), d.toISOString(), d.valueOf(), d.unix()];
r['arithmetic'] = [d.add(1, 'day').format('YYYY-MM-DD'), d.add(2, 'day').format('YYYY-MM-DD'), d.subtract(1, 'month').format('YYYY-MM-DD'), d.add(1, 'year').endOf('month').format(), d.startOf('week').format('YYYY-MM-DD ddd'), d.startOf('year').toISOString()];
r['diff'] = [dayjs.utc('2024-03-01').diff(d, 'hour'), dayjs.utc('2025-01-01').diff(dayjs.utc('2024-01-01'), 'day'), dayjs.utc('2024-06-15').diff(dayjs.utc('2024-01-31'), 'month', true).toFixed(4)];
r['query'] = [d.isBefore(dayjs.utc('2024-03-01')), d.isSame('2024-02-28T13:45:30.123Z'), d.isAfter(d), d.daysInMonth(), d.day(), d.get('hour'), dayjs.isDayjs(d), dayjs('not a date').isValid(), d.isValid()];
r['customParseFormat'] = [dayjs.utc('05/02/69 1:02:03 PM -05:00', 'MM/DD/YY H:mm:ss A Z').toISOString(), dayjs('2024-13-45', 'YYYY-MM-DD', true).isValid(), dayjs.utc('12-25-1995', 'MM-DD-YYYY').format('YYYY/MM/DD')];
r['relativeTime'] = [dayjs.utc('2024-01-01').from(dayjs.utc('2024-03-01')), dayjs.utc('2024-01-01').to(dayjs.utc('2021-01-01')), dayjs.utc('2024-01-01T00:00:00Z').from(dayjs.utc('2024-01-01T00:00:44Z'), true)];
const dur = dayjs.duration({ hours: 26, minutes: 3, seconds: 5 });
r['duration'] = [dur.asMinutes(), dur.days(), dur.hours(), dur.format('D[d] HH:mm:ss'), dur.toISOString(), dayjs.duration(200, 'seconds').humanize()];
r['local'] = [typeof dayjs().format(), dayjs(0).valueOf(), dayjs(new Date(86400000)).valueOf()];

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "format": [
    "2024-02-28T13:45:30Z",
    "2024-02-28 13:45:30.123",
    "Wednesday, February 28 2024 at 1:45 PM",
    "24 2 28 13 45 30 +00:00 +0000",
    "2024-02-28T13:45:30.123Z",
    1709127930123,
    1709127930
  ],
  "arithmetic": [
    "2024-02-29",
    "2024-03-01",
    "2024-01-28",
    "2025-02-28T23:59:59Z",
    "2024-02-25 Sun",
    "2024-01-01T00:00:00.000Z"
  ],
  "diff": [
    34,
    366,
    "4.5000"
  ],
  "query": [
    true,
    true,
    false,
    29,
    3,
    13,
    true,
    false,
    true
  ],
  "customParseFormat": [
    "1969-05-02T18:02:03.000Z",
    false,
    "1995/12/25"
  ],
  "relativeTime": [
    "2 months ago",
    "3 years ago",
    "a few seconds"
  ],
  "duration": [
    1563.0833333333333,
    0,
    26,
    "undefinedd 26:03:05",
    "PT26H3M5S",
    "3 minutes"
  ],
  "local": [
    "string",
    0,
    86400000
  ]
};

equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
done();
