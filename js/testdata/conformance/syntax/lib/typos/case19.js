console.log('a', 'b'
console.log('c')
