use strict;
use warnings;
use bigint;

my ($a, $b) = split ' ', <STDIN>;
print $a + $b, "\n";
