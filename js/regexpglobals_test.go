package js

import "testing"

func TestParseCaptureGroups(t *testing.T) {
	tests := []struct{ src, allNamed string }{
		{`(a)(b)`, "-"},
		{`(?<=a)(?<!b)(?:c)`, "-"},
		{`(?<y>\d+)`, ""},
		{`(?<y>\d+)-(\d+)[(](x)\(`, `(?<y>\d+)-(?<__evloop_2>\d+)[(](?<__evloop_3>x)\(`},
		{`(?<unterminated`, "-"},
		{`\`, "-"},
		{`(`, "-"},
		{`(?<`, "-"},
	}
	for _, tt := range tests {
		p := parseCaptureGroups(tt.src)
		switch {
		case tt.allNamed == "-" && p != nil:
			t.Errorf("%q: got %+v, want no named groups", tt.src, p)
		case tt.allNamed != "-" && (p == nil || p.allNamed != tt.allNamed):
			t.Errorf("%q: got %+v, want allNamed %q", tt.src, p, tt.allNamed)
		}
	}
	for src, want := range map[string]bool{`(?<n>x)`: true, `(?<=x)(?<!y)`: false, `(?<`: false, `a(?<=b)(?<c>d)`: true} {
		if got := hasNamedGroup(src); got != want {
			t.Errorf("hasNamedGroup(%q) = %v, want %v", src, got, want)
		}
	}
}
