<?php
$tokens = preg_split('/\s+/', trim(stream_get_contents(STDIN)), -1, PREG_SPLIT_NO_EMPTY);
// $tokens holds the input's whitespace-separated tokens, e.g. $n = (int) $tokens[0];

// Write the answer with echo $answer, "\n";
