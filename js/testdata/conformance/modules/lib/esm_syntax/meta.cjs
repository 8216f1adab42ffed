const here = 1;
console.log(import.meta.url);
