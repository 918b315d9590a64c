// time.Parse over the common layouts in UTC: values it accepts (two-digit
// years, fractions, 12-hour clock, day of year) and Go's *ParseError texts.
package main

import (
	"errors"
	"fmt"
	"time"
)

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		var pe *time.ParseError
		fmt.Println("ERR", err, errors.As(err, &pe))
		if pe != nil {
			fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	fmt.Println("OK ", t, t.Format(time.RFC3339Nano), t.Weekday(), t.YearDay(), t.IsZero())
}

func main() {
	try(time.RFC3339, "2024-02-29T13:04:05Z")
	try(time.RFC3339, "2024-02-29T13:04:05.123456789Z")
	try(time.RFC3339Nano, "2024-02-29T13:04:05.1Z")
	try(time.RFC3339Nano, "2024-02-29T13:04:05Z")
	try(time.RFC3339, "2024-02-29T13:04:05,5Z")
	try(time.RFC3339, "2024-02-29T13:04:05.1234567891234Z")
	try(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 UTC")
	try(time.RFC1123, "thu, 29 FEB 2024 13:04:05 UTC")
	try(time.ANSIC, "Thu Feb  1 13:04:05 2024")
	try(time.ANSIC, "Thu Feb 1 13:04:05 2024")
	try(time.Kitchen, "3:04PM")
	try(time.Kitchen, "12:00AM")
	try(time.Kitchen, "12:30PM")
	try("3:04pm", "11:59pm")
	try("2006-01-02", "2023-12-31")
	try("2006-01-02", "1999-01-01")
	try("02/01/06", "31/12/68")
	try("02/01/06", "31/12/69")
	try("2006-002", "2024-060")
	try("2006 __2", "2023  60")
	try("2006-01-02 002", "2024-02-29 060")
	try("January 2, 2006", "march 3, 2021")
	try("Monday Jan 2 2006", "Sunday Mar 3 2024")
	try(time.StampMilli, "Feb 29 13:04:05.123")
	try(time.StampNano, "Jan  2 15:04:05.000000001")
	try("15:04:05.999", "01:02:03")
	try("15:04:05.999", "01:02:03.45")
	try("2006-01-02T15:04:05Z07:00", "2024-01-02T03:04:05+00:00")
	try("2006-01-02 15:04:05 MST", "2024-01-02 03:04:05 UTC")
	try("", "")
	try("no std", "no std")

	// Errors.
	try(time.RFC3339, "2024-02-30T13:04:05Z")
	try(time.RFC3339, "2023-02-29T00:00:00Z")
	try(time.RFC3339, "2024-13-01T00:00:00Z")
	try(time.RFC3339, "2024-00-01T00:00:00Z")
	try(time.RFC3339, "2024-01-01T24:00:00Z")
	try(time.RFC3339, "2024-01-01T23:60:00Z")
	try(time.RFC3339, "2024-01-01T23:59:60Z")
	try(time.RFC3339, "2024-01-01T23:59:59")
	try(time.RFC3339, "2024-01-01T23:59:59Zjunk")
	try(time.RFC3339, "2024-01-01 23:59:59Z")
	try(time.RFC3339, "24-01-01T23:59:59Z")
	try(time.RFC3339, "2024-1-01T23:59:59Z")
	try(time.RFC3339, "")
	try(time.RFC3339, "hello")
	try("2006-01-02", "2024/01/02")
	try("2006-01-02", "2024-01-02 extra \"quoted\"\x01\xff")
	try(time.Kitchen, "13:00PM")
	try(time.Kitchen, "3:04XM")
	try(time.RFC1123, "Xyz, 29 Feb 2024 13:04:05 UTC")
	try(time.RFC1123, "Thu, 29 Foo 2024 13:04:05 UTC")
	try(time.RFC1123, "Thu, 29 Feb 2024 13:04:05 utc")
	try("2006-002", "2023-366")
	try("2006-002", "2024-000")
	try("2006-01-02 002", "2024-03-01 060")
	try("2006-01 002", "2024-03 032")
	try("15:04:05.000", "01:02:03.4")
	try("15:04:05.000", "01:02:03x123")
	try(time.StampMicro, "Feb 29 13:04:05")
	try("2006-01-02T15:04:05Z07:00", "2024-01-02T03:04:05+0000")
	try("2006-01-02T15:04:05Z07:00", "2024-01-02T03:04:05*00:00")
	try("Jan 2 2006", "Feb 29 2023")
	try("Jan 2 2006", "Feb 32 2024")
	try("Jan 02 2006", "Feb 3 2024")
	try("2006", "12345")
	try("2006", "-123")
}
