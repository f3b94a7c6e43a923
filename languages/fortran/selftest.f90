program selftest
  implicit none
  integer(kind=8) :: a, b
  character(len=64) :: name
  read (*, *) a, b
  read (*, '(A)') name
  write (*, '(A, A, A, I0, A, I0, A, I0)') 'Hello, ', trim(adjustl(name)), '! ', a, ' + ', b, ' = ', a + b
end program selftest
