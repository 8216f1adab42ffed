promise.then(x => console.log(x)
