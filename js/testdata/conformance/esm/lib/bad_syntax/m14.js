function g() { new.target; } super.x;
