// Parse of numeric and named zones (Local for a zero offset, a FixedZone
// otherwise), FixedZone, In, Local, Zone and Location names, and what they allocate.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var tsink time.Time
var esink error
var lsink *time.Location

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("ERR", err)
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", t.Location(), name, off, t.UTC(), t.Format(time.RFC3339), t.Format(time.RFC1123), t.Unix())
}

func main() {
	// Go loads /etc/localtime at Local's first use.
	fmt.Println(time.Unix(0, 0).Local())
	show(time.RFC3339, "2024-02-29T13:04:05+00:00")
	show(time.RFC3339, "2024-02-29T13:04:05+05:30")
	show(time.RFC3339, "2024-02-29T01:04:05-08:00")
	show(time.RFC1123Z, "Thu, 29 Feb 2024 13:04:05 -0700")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 MST")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 GMT")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 GMT+3")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 GMT-10")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 CEST")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 ChST")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 +03")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 ABCDEF")
	show(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 Ab")
	show("2006-01-02 15:04:05 -0700 MST", "2024-02-29 13:04:05 +0000 GMT")
	show("2006-01-02 15:04:05 -0700 MST", "2024-02-29 13:04:05 +0100 CET")
	show("15:04:05 -07", "13:04:05 +03")
	show("15:04:05 -070000", "13:04:05 +033015")
	show("15:04:05 -07:00:00", "13:04:05 -03:30:15")
	show("15:04:05 Z070000", "13:04:05 Z")
	show("15:04:05 Z07", "13:04:05 Z")

	z := time.FixedZone("XYZ", -(3*3600 + 1800))
	t := time.Date(2024, 1, 1, 0, 30, 0, 0, z)
	n, o := t.Zone()
	fmt.Println(t, t.UTC(), t.Location(), z, n, o, t.Unix(), t.Hour(), t.Day(), t.Weekday())
	fmt.Println(t.Format("-07:00:00 Z07:00:00 -070000 Z0700 MST"), t.AddDate(0, 0, 1), t.Truncate(time.Hour), t.In(time.UTC))
	anon := time.FixedZone("", 5*3600+45*60)
	fmt.Println(t.In(anon), t.In(anon).Location(), time.Date(2024, 1, 1, 0, 0, 0, 0, anon))
	u := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(u.Local(), u.In(time.Local), u.Local().Location(), u.Location(), time.Local, time.UTC, u.Local() == u, u.Local().Equal(u))
	fmt.Println(time.Unix(10, 0).Location(), time.Unix(10, 0) == time.Unix(10, 0).Local(), time.Unix(10, 0) == time.Unix(10, 0).UTC())
	nm, of := u.Zone()
	fmt.Println(nm, of)

	d("fixedZone", func() { lsink = time.FixedZone("ABC", 3600) })
	d("parseOffset", func() { tsink, esink = time.Parse(time.RFC3339, "2024-02-29T13:04:05+05:30") })
	d("parseOffset0", func() { tsink, esink = time.Parse(time.RFC3339, "2024-02-29T13:04:05-00:00") })
	d("parseName", func() { tsink, esink = time.Parse(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 PST") })
	d("formatFixed", func() { _ = tsink.String() })
	d("zone", func() { n, _ := t.Zone(); _ = n })
}
