use strict;
use warnings;

my ($a, $b) = split ' ', scalar <STDIN>;
chomp(my $name = <STDIN>);
print "Hello, $name! $a + $b = ", $a + $b, "\n";
