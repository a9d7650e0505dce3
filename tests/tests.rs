mod align;
