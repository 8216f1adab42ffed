// Timers with equal delays fire strictly in creation order (one FIFO list per duration); 20 of them.
const order = [];
for (let i = 0; i < 20; i++) {
  setTimeout(() => order.push(i), 5);
}
setTimeout(() => console.log(order.join(" ")), 5);
