if (ok) {
  console.log(x, y;
}