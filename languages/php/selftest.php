<?php
[$a, $b] = array_map('intval', preg_split('/\s+/', trim(fgets(STDIN))));
$name = trim(fgets(STDIN));
echo "Hello, $name! $a + $b = " . ($a + $b) . "\n";
