package esm
import ("testing";"fmt";"os";"github.com/evanw/esbuild/pkg/api")
func TestDump(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("F"))
	r := api.Transform(string(src), api.TransformOptions{Format: api.FormatESModule, Platform: api.PlatformNeutral, Target: api.ESNext, Supported: lowered})
	fmt.Println(string(r.Code))
}
