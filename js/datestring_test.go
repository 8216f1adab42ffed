package js

import (
	"testing"
	"time"
)

func TestDateString(t *testing.T) {
	tests := []struct {
		t    time.Time
		date bool
		want string
	}{
		{time.Unix(0, 0).UTC(), true, "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)"},
		{time.Unix(0, 0).In(time.FixedZone("EST", -5*3600)), true, "Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)"},
		{time.Date(2024, 7, 1, 2, 0, 0, 0, time.FixedZone("CEST", 2*3600)), false, "02:00:00 GMT+0200 (Central European Summer Time)"},
		{time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), true, "Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)"},
		{time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("+0545", 5*3600+45*60)), true, "Mon Jan 01 2024 00:00:00 GMT+0545 (GMT+05:45)"},
	}
	t.Setenv("TZ", "UTC")
	for _, tt := range tests {
		if got := dateString(tt.t, tt.date); got != tt.want {
			t.Errorf("dateString(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}
