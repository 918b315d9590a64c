// time.Date/Unix/UnixMilli in UTC, the Time accessors, Month and Weekday
// names, Format and AppendFormat over many layouts, String, date arithmetic.
package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
	"2006-01-02", "15:04:05", "Jan _2", "_2 Jan", "02/01/06", "1/2/06 3:4:5 pm",
	"__2 002 Mon Monday January", "03:04:05PM", "3PM", "15h04", ".000 .999 ,000 ,999",
	"05.000000 05.999999999 05,9 05.0", "Z07:00 Z0700 Z07 Z070000 Z07:00:00",
	"-07:00 -0700 -07 -070000 -07:00:00 MST", "_2006 2006 06", "Month Mondays Janx",
	"no std here", "", "2006-01-02T15:04:05.000000000Z07:00 (2006)",
	"Jan January Jan Monday Mon January Monday January Monday January Monday",
}

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(),
		t.Second(), t.Nanosecond(), t.YearDay(), t.Weekday(), t.Unix(), t.UnixMilli(), t.IsZero())
}

func main() {
	times := []time.Time{
		time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC),
		time.Date(2023, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1999, 12, 31, 12, 0, 0, 500000000, time.UTC),
		time.Date(1969, 7, 20, 20, 17, 40, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 1000, time.UTC),
		time.Date(-5, 3, 4, 5, 6, 7, 8, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 11, time.UTC),
		time.Unix(0, 0).UTC(),
		time.Unix(1700000000, 42).UTC(),
		time.Unix(-1, 0).UTC(),
		time.Unix(5, -1).UTC(),
		time.UnixMilli(1234567890123).UTC(),
		time.UnixMilli(-1500).UTC(),
		{},
	}
	for _, t := range times {
		show(t)
	}
	// Nanoseconds a double holds exactly.
	fmt.Println(times[2].UnixNano(), times[11].Add(-42).UnixNano(), times[12].UnixNano(), time.Unix(1, 5).UnixNano())
	t := times[0]
	for _, l := range layouts {
		fmt.Printf("%q => %q\n", l, t.Format(l))
	}
	for _, tt := range times[1:] {
		fmt.Println(tt.Format(time.RFC3339Nano), tt.Format(time.RFC1123), tt.Format(time.Kitchen), tt.Format("__2 002 .000 pm"))
	}
	b := []byte("at: ")
	b = t.AppendFormat(b, time.RFC3339)
	b = t.AppendFormat(b, " / Monday 3:04PM")
	fmt.Println(string(b))
	fmt.Println(string(t.AppendFormat(nil, time.StampMicro)))

	// Normalization in Date.
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, 25, 61, 61, 1e9+1, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(2023, -14, 400, 0, 0, 0, 0, time.UTC))

	// AddDate across month ends and leap years; Add and Sub.
	jan31 := time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0), jan31.AddDate(0, 2, 0), jan31.AddDate(1, 1, 0))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(4, 0, 0))
	fmt.Println(jan31.AddDate(0, 0, 30), jan31.AddDate(0, 0, -31), jan31.AddDate(-1, -1, -1))
	fmt.Println(jan31.Add(36*time.Hour+time.Nanosecond), jan31.Add(-time.Nanosecond), jan31.Add(-24*366*time.Hour))
	d := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d, d.Hours()/24)
	a, c := times[0], times[1]
	fmt.Println(a.Before(c), a.After(c), a.Equal(c), a.Equal(a.Add(0)), c.Before(a), a == a.UTC(), time.Time{}.IsZero())
	fmt.Println(a.Sub(c), c.Sub(a), a.Add(a.Sub(c)).Equal(a.Add(a.Sub(c))))

	// Truncate and Round.
	for _, dd := range []time.Duration{0, -1, time.Nanosecond, 7, time.Microsecond, time.Millisecond, 250 * time.Millisecond, time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1234567 * time.Microsecond} {
		fmt.Println(dd, a.Truncate(dd).Format(time.RFC3339Nano), a.Round(dd).Format(time.RFC3339Nano), times[8].Truncate(dd).Format(time.RFC3339Nano), times[8].Round(dd).Format(time.RFC3339Nano))
	}

	// Month and Weekday names, in and out of range.
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Weekday(-1); w <= 7; w++ {
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %v %d\n", time.March, time.March, time.December, time.Saturday, time.Saturday)
	fmt.Println(time.January, time.February, time.April, time.May, time.June, time.July, time.August, time.September, time.October, time.November)
	fmt.Println(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)
	fmt.Println(time.UTC, a.Location(), a.In(time.UTC) == a, a.In(time.UTC).Location() == time.UTC)

	// Duration's Truncate, Round, Abs.
	ds := []time.Duration{1500 * time.Millisecond, -1500 * time.Millisecond, 2*time.Hour + 29*time.Minute, -time.Nanosecond, 1<<63 - 1, -1 << 63}
	for _, x := range ds {
		fmt.Println(x, x.Truncate(time.Second), x.Round(time.Second), x.Round(time.Hour), x.Truncate(0), x.Round(-1), x.Abs())
	}
}
