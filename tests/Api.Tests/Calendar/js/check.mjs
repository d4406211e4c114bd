// Reads an .ics on stdin and prints what a calendar app would show: the event's start in UTC
// and in Europe/London, its summary, location, url and uid, as JSON.
import ICAL from 'ical.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const calendar = new ICAL.Component(ICAL.parse(Buffer.concat(chunks).toString('utf8')));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
}
const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
const start = event.startDate;
const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' });
process.stdout.write(JSON.stringify({
  tzid: start.zone?.tzid ?? start.timezone ?? null,
  startUtc: start.toJSDate().toISOString(),
  endUtc: event.endDate.toJSDate().toISOString(),
  startLondon: london.format(start.toJSDate()),
  summary: event.summary,
  location: event.location,
  uid: event.uid,
  url: event.component.getFirstPropertyValue('url'),
  dtstamp: event.component.getFirstPropertyValue('dtstamp')?.toString() ?? null,
}));
