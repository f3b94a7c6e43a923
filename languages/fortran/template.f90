program main
  implicit none
  ! Read the input with read (*, *), e.g.:
  !   integer(kind=8) :: n
  !   read (*, *) n
  ! Write the answer with write (*, '(I0)') or print *.
end program main
