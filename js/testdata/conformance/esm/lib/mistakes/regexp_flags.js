const r = /a/x;
