use strict;
use warnings;

my @tokens = split ' ', do { local $/; <STDIN> // '' };
# @tokens holds the input's whitespace-separated tokens, e.g. my $n = $tokens[0];

# Write the answer with print "$answer\n";
