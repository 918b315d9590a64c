// time allocates as Go 1.19's does: Format's buffer (on the stack below 64
// bytes, made otherwise, grown by append), string(b), Parse's *ParseError and its texts.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink interface{}
var ssink string
var bsink []byte
var esink error
var tsink time.Time

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	long := "Monday January 2 2006 15:04:05.000000000 Z07:00 -- and some more text to pass 64"
	grow := "January Monday January Monday January Monday January Monday"
	// Go loads /etc/localtime at Local's first use (a zero offset parses to Local).
	tsink, esink = time.Parse(time.RFC3339, "2024-02-29T13:04:05+00:00")
	d("date", func() { tsink = time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC) })
	d("unix", func() { tsink = time.Unix(1700000000, 5).UTC() })
	d("add", func() { tsink = t.Add(time.Hour).AddDate(0, 1, 1).Truncate(time.Minute).Round(time.Second) })
	d("accessors", func() { sink = t.Year() + int(t.Month()) + t.Day() + t.YearDay() + int(t.Weekday()) })
	d("formatRFC3339", func() { ssink = t.Format(time.RFC3339) })
	d("formatKitchen", func() { ssink = t.Format(time.Kitchen) })
	d("formatOne", func() { ssink = t.Format("3") })
	d("formatEmpty", func() { ssink = t.Format("") })
	d("formatLong", func() { ssink = t.Format(long) })
	d("formatGrow", func() { ssink = t.Format(grow) })
	d("formatGrowLong", func() { ssink = t.Format(grow + grow) })
	d("string", func() { ssink = t.String() })
	d("stringZero", func() { ssink = time.Time{}.String() })
	d("appendNil", func() { bsink = t.AppendFormat(nil, time.RFC1123) })
	d("appendRoom", func() { bsink = t.AppendFormat(make([]byte, 0, 100), time.RFC1123) })
	d("appendGrow", func() { bsink = t.AppendFormat([]byte("prefix: "), time.RFC3339Nano) })
	d("monthString", func() { ssink = time.March.String() })
	d("monthBad", func() { ssink = time.Month(13).String() })
	d("weekdayBad", func() { ssink = time.Weekday(-3).String() })
	d("parseOK", func() { tsink, esink = time.Parse(time.RFC3339, "2024-02-29T13:04:05.5Z") })
	d("parseOKOffset0", func() { tsink, esink = time.Parse(time.RFC3339, "2024-02-29T13:04:05+00:00") })
	d("parseErr", func() { tsink, esink = time.Parse(time.RFC3339, "2024-02-29 13:04:05Z") })
	d("parseErrText", func() { esink.Error() })
	d("parseRange", func() { tsink, esink = time.Parse(time.RFC3339, "2024-02-29T25:04:05Z") })
	d("parseRangeText", func() { ssink = esink.Error() })
	d("parseDay", func() { tsink, esink = time.Parse(time.RFC3339, "2023-02-29T13:04:05Z") })
	d("parseExtra", func() { tsink, esink = time.Parse(time.RFC3339, "2024-02-29T13:04:05Z and more") })
	d("parseExtraText", func() { ssink = esink.Error() })
	d("parseEsc", func() { tsink, esink = time.Parse("2006", "2024\x01\xffé") })
	d("parseEscText", func() { ssink = esink.Error() })
	fmt.Println(ssink, len(bsink), esink)
}
