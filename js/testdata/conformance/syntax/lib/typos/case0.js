console.log("hi"
