function k() { import x from 'y'; }
