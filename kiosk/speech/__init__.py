"""Speech: what each screen says in words for the ear (``screens``, ``forms``), and the engines that say it."""
