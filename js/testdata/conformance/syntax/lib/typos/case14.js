console.log("a" "b")
