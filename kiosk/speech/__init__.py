"""Speech: what each screen says (``script``), prepared for the ear (``ear``), and the engines that say it."""
