! The smallest divisor, with 64-bit integers.
program rectangle
  implicit none
  integer(kind=8) :: n, d
  read (*, *) n
  d = 2
  do while (d * d <= n)
    if (mod(n, d) == 0) then
      write (*, '(I0, 1X, I0)') d, n / d
      stop
    end if
    d = d + 1
  end do
  write (*, '(A)') 'IMPOSSIBLE'
end program rectangle
