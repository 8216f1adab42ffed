console.log(1));
