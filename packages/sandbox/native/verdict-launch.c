/*
 * verdict-launch: the two small native steps of a sandbox run.
 *
 *   verdict-launch launch [--cgroup FILE]... [--netns FILE] -- PROGRAM ARGS...
 *     Runs outside the sandbox, as root. Moves itself into the run's cgroups (so every
 *     process of the run is accounted from its first instruction), optionally enters a
 *     prepared network namespace, sets no_new_privs and a parent-death signal, then execs
 *     PROGRAM (bubblewrap, which builds the other namespaces and the file system view).
 *
 *   verdict-launch init --status-fd N --uid U --gid G [--seccomp] [--rlimit NAME=SOFT[:HARD]]...
 *                       -- PROGRAM ARGS...
 *     Runs inside the sandbox as PID 1 of the run's PID namespace (bwrap --as-pid-1),
 *     where signals from the sandboxed program cannot reach it. Drops root for the run's
 *     uid/gid first, then forks the program with its rlimits and seccomp filter, reaps
 *     every orphan, and when the program ends writes one status line to the status fd:
 *     its raw wait status, CPU and peak RSS of it and its reaped descendants, and its wall
 *     time. Exiting then ends the PID namespace, which kills whatever the program left.
 *
 *   verdict-launch zygote --socket PATH --uid U --gid G [--seccomp]
 *     The init of a prepared box (one per submission, see box.ts and docs/SECURITY.md):
 *     PID 1 of the box, root with only CAP_SETUID/CAP_SETGID left. It forks one fresh
 *     program per test on the host's command, which the host first moves into that test's
 *     own cgroup; the program then drops to the run uid (never the zygote's), takes its
 *     rlimits and seccomp filter and execs. Code in zygote.inc.
 *
 *   verdict-launch rmtree [--contents] PATH
 *     Removes a tree of any depth through directory fds. Code in rmtree.inc.
 *
 *   verdict-launch mount-work DIR SIZE_MB INODES
 *     Mounts the bounded tmpfs of one run's (or box's) work dir. Code in work-mount.inc.
 *
 *   verdict-launch helper ROOT SIZE_MB INODES
 *     Long-lived: mounts and removes the work dirs of ROOT on its parent's requests, so Node
 *     does not fork itself per work dir. Code in work-mount.inc.
 *
 * Why C: these steps must happen between fork and exec (cgroup join, setuid, rlimits),
 * which Node cannot do, and they sit on the per-test hot path, so they must cost
 * microseconds, not a shell.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <sched.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_CGROUPS 8
#define MAX_RLIMITS 16
#define EXIT_LAUNCH_FAILED 120

static void die(const char *what) {
  fprintf(stderr, "verdict-launch: %s: %s\n", what, strerror(errno));
  _exit(EXIT_LAUNCH_FAILED);
}

static void die_msg(const char *msg) {
  fprintf(stderr, "verdict-launch: %s\n", msg);
  _exit(EXIT_LAUNCH_FAILED);
}

static long parse_long(const char *s) {
  char *end = NULL;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno != 0 || end == s || *end != '\0') die_msg("bad number argument");
  return v;
}

static void write_pid_to(const char *file) {
  char buf[32];
  int n = snprintf(buf, sizeof buf, "%d\n", (int)getpid());
  int fd = open(file, O_WRONLY | O_CLOEXEC);
  if (fd < 0) die(file);
  if (write(fd, buf, (size_t)n) != n) die(file);
  close(fd);
}

static int launch(int argc, char **argv) {
  const char *cgroups[MAX_CGROUPS];
  const char *netns = NULL;
  int ncg = 0, i = 2;
  for (; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) { i++; break; }
    if (i + 1 >= argc) die_msg("option without value");
    if (strcmp(argv[i], "--cgroup") == 0) {
      if (ncg == MAX_CGROUPS) die_msg("too many cgroups");
      cgroups[ncg++] = argv[++i];
    } else if (strcmp(argv[i], "--netns") == 0) netns = argv[++i];
    else die_msg("unknown launch option");
  }
  if (i >= argc) die_msg("no program to launch");
  for (int c = 0; c < ncg; c++) write_pid_to(cgroups[c]);
  if (netns != NULL) {
    int fd = open(netns, O_RDONLY | O_CLOEXEC);
    if (fd < 0) die(netns);
    if (setns(fd, CLONE_NEWNET) != 0) die("setns");
    close(fd);
  }
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) die("no_new_privs");
  if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) die("pdeathsig");
  if (getppid() == 1) _exit(EXIT_LAUNCH_FAILED); /* parent already gone */
  execv(argv[i], &argv[i]);
  die(argv[i]);
  return EXIT_LAUNCH_FAILED;
}

/* Drops root for good: no supplementary groups, every uid and gid the run's. */
static void drop_privileges(long uid, long gid) {
  if (setgroups(0, NULL) != 0) die("setgroups");
  if (setresgid((gid_t)gid, (gid_t)gid, (gid_t)gid) != 0) die("setresgid");
  if (setresuid((uid_t)uid, (uid_t)uid, (uid_t)uid) != 0) die("setresuid");
  if (setuid(0) == 0 || setgid(0) == 0) die_msg("could regain root after dropping it");
}

/*
 * The seccomp filter of the sandboxed program (documented in docs/SECURITY.md). Denied
 * calls fail with EPERM, so a program sees an ordinary error; a foreign syscall ABI (i386
 * through int 0x80, x32) kills the process, since no judged program legitimately uses one.
 */
#ifndef AF_VSOCK
#define AF_VSOCK 40
#endif
#define X32_SYSCALL_BIT 0x40000000U
#define NAMESPACE_CLONE_FLAGS                                                             \
  (0x00020000U /* NEWNS */ | 0x02000000U /* NEWCGROUP */ | 0x04000000U /* NEWUTS */ |     \
   0x08000000U /* NEWIPC */ | 0x10000000U /* NEWUSER */ | 0x20000000U /* NEWPID */ |      \
   0x40000000U /* NEWNET */ | 0x00000080U /* NEWTIME */)

static const int denied_syscalls[] = {
  SYS_ptrace, SYS_process_vm_readv, SYS_process_vm_writev, SYS_kcmp, SYS_pidfd_getfd,
  SYS_keyctl, SYS_add_key, SYS_request_key,
  SYS_bpf, SYS_perf_event_open, SYS_userfaultfd,
  SYS_io_uring_setup, SYS_io_uring_enter, SYS_io_uring_register,
  SYS_mount, SYS_umount2, SYS_pivot_root, SYS_chroot, SYS_move_mount, SYS_open_tree,
  SYS_fsopen, SYS_fsconfig, SYS_fsmount, SYS_fspick, SYS_mount_setattr,
  SYS_unshare, SYS_setns,
  SYS_kexec_load, SYS_kexec_file_load, SYS_reboot, SYS_swapon, SYS_swapoff,
  SYS_init_module, SYS_finit_module, SYS_delete_module,
  SYS_open_by_handle_at, SYS_name_to_handle_at,
  SYS_acct, SYS_quotactl, SYS_syslog, SYS_iopl, SYS_ioperm,
  SYS_settimeofday, SYS_clock_settime, SYS_clock_adjtime, SYS_adjtimex,
  SYS_fanotify_init, SYS_lookup_dcookie, SYS_vhangup,
};

#define N_DENIED ((int)(sizeof denied_syscalls / sizeof denied_syscalls[0]))
#define FILTER_MAX (N_DENIED * 2 + 40)
#define ERRNO(e) (SECCOMP_RET_ERRNO | ((e) & SECCOMP_RET_DATA))
#define ARG_LO(n) (offsetof(struct seccomp_data, args) + (n) * sizeof(__u64))

/* Returns 0, or the errno of the failed step. */
static int install_seccomp(void) {
  struct sock_filter f[FILTER_MAX];
  int n = 0;
#define PUT(code, k, jt, jf) (f[n++] = (struct sock_filter)BPF_JUMP((code), (k), (jt), (jf)))
#define RET(k) (f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, (k)))
  PUT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch), 0, 0);
  PUT(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
  RET(SECCOMP_RET_KILL_PROCESS);
  PUT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr), 0, 0);
  PUT(BPF_JMP | BPF_JGE | BPF_K, X32_SYSCALL_BIT, 0, 1);
  RET(SECCOMP_RET_KILL_PROCESS);
  for (int d = 0; d < N_DENIED; d++) {
    PUT(BPF_JMP | BPF_JEQ | BPF_K, (__u32)denied_syscalls[d], 0, 1);
    RET(ERRNO(EPERM));
  }
  /* clone3 passes its flags in memory a filter cannot read: make libc fall back to clone */
  PUT(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone3, 0, 1);
  RET(ERRNO(ENOSYS));
  /* clone may make threads and processes, never new namespaces */
  PUT(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 0, 4);
  PUT(BPF_LD | BPF_W | BPF_ABS, ARG_LO(0), 0, 0);
  PUT(BPF_JMP | BPF_JSET | BPF_K, NAMESPACE_CLONE_FLAGS, 0, 1);
  RET(ERRNO(EPERM));
  RET(SECCOMP_RET_ALLOW);
  /* socket: no raw, packet or vsock sockets */
  PUT(BPF_JMP | BPF_JEQ | BPF_K, SYS_socket, 0, 8);
  PUT(BPF_LD | BPF_W | BPF_ABS, ARG_LO(0), 0, 0);
  PUT(BPF_JMP | BPF_JEQ | BPF_K, AF_PACKET, 5, 0);
  PUT(BPF_JMP | BPF_JEQ | BPF_K, AF_VSOCK, 4, 0);
  PUT(BPF_LD | BPF_W | BPF_ABS, ARG_LO(1), 0, 0);
  PUT(BPF_ALU | BPF_AND | BPF_K, 0xf, 0, 0); /* the type without SOCK_NONBLOCK/CLOEXEC */
  PUT(BPF_JMP | BPF_JEQ | BPF_K, SOCK_RAW, 1, 0);
  RET(SECCOMP_RET_ALLOW);
  RET(ERRNO(EPERM));
  RET(SECCOMP_RET_ALLOW);
#undef PUT
#undef RET
  struct sock_fprog prog = {.len = (unsigned short)n, .filter = f};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return errno;
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) return errno;
  return 0;
}

struct rl { int resource; struct rlimit value; };

static int rlimit_resource(const char *name) {
  if (strcmp(name, "cpu") == 0) return RLIMIT_CPU;
  if (strcmp(name, "fsize") == 0) return RLIMIT_FSIZE;
  if (strcmp(name, "nofile") == 0) return RLIMIT_NOFILE;
  if (strcmp(name, "stack") == 0) return RLIMIT_STACK;
  if (strcmp(name, "core") == 0) return RLIMIT_CORE;
  if (strcmp(name, "as") == 0) return RLIMIT_AS;
  if (strcmp(name, "nproc") == 0) return RLIMIT_NPROC;
  if (strcmp(name, "memlock") == 0) return RLIMIT_MEMLOCK;
  if (strcmp(name, "msgqueue") == 0) return RLIMIT_MSGQUEUE;
  die_msg("unknown rlimit");
  return -1;
}

static rlim_t parse_rlim(const char *s) {
  if (strcmp(s, "inf") == 0) return RLIM_INFINITY;
  return (rlim_t)parse_long(s);
}

static struct rl parse_rlimit(char *spec) {
  struct rl r;
  char *eq = strchr(spec, '=');
  if (!eq) die_msg("rlimit needs NAME=SOFT[:HARD]");
  *eq = '\0';
  r.resource = rlimit_resource(spec);
  char *colon = strchr(eq + 1, ':');
  if (colon) {
    *colon = '\0';
    r.value.rlim_cur = parse_rlim(eq + 1);
    r.value.rlim_max = parse_rlim(colon + 1);
  } else {
    r.value.rlim_cur = r.value.rlim_max = parse_rlim(eq + 1);
  }
  return r;
}

static volatile pid_t program_pid = 0;

static void on_term(int sig) {
  (void)sig;
  if (program_pid > 0) kill(-program_pid, SIGKILL);
}

static long long now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

static long long tv_us(struct timeval tv) {
  return (long long)tv.tv_sec * 1000000LL + tv.tv_usec;
}

static int init(int argc, char **argv) {
  int status_fd = -1, nrl = 0, i = 2, seccomp = 0;
  long uid = -1, gid = -1;
  struct rl rls[MAX_RLIMITS];
  for (; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) { i++; break; }
    if (strcmp(argv[i], "--seccomp") == 0) { seccomp = 1; continue; }
    if (i + 1 >= argc) die_msg("option without value");
    if (strcmp(argv[i], "--status-fd") == 0) status_fd = (int)parse_long(argv[++i]);
    else if (strcmp(argv[i], "--uid") == 0) uid = parse_long(argv[++i]);
    else if (strcmp(argv[i], "--gid") == 0) gid = parse_long(argv[++i]);
    else if (strcmp(argv[i], "--rlimit") == 0) {
      if (nrl == MAX_RLIMITS) die_msg("too many rlimits");
      rls[nrl++] = parse_rlimit(argv[++i]);
    } else die_msg("unknown init option");
  }
  if (i >= argc || status_fd < 0) die_msg("init needs --status-fd and a program");
  fcntl(status_fd, F_SETFD, FD_CLOEXEC);
  /* init drops root before anything of the program exists; only the mounts were made as root */
  if (uid >= 0 && gid >= 0) drop_privileges(uid, gid);
  else if (getuid() == 0) die_msg("init refuses to run a program as root: pass --uid and --gid");

  /* A pipe that closes on a successful exec tells us whether the program started. */
  int exec_pipe[2];
  if (pipe2(exec_pipe, O_CLOEXEC) != 0) die("pipe");
  /* Outside a PID namespace (the insecure development mode) nothing kills orphans for us:
   * adopt them, put the program in its own process group, and end that group on SIGTERM. */
  int own_namespace = getpid() == 1;
  if (!own_namespace) {
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    signal(SIGTERM, on_term);
  }
  long long start = now_us();
  pid_t child = fork();
  if (child < 0) die("fork");
  if (child == 0) {
    close(exec_pipe[0]);
    if (!own_namespace) setpgid(0, 0);
    for (int r = 0; r < nrl; r++) {
      if (setrlimit(rls[r].resource, &rls[r].value) != 0) {
        int e = errno;
        (void)!write(exec_pipe[1], &e, sizeof e);
        _exit(EXIT_LAUNCH_FAILED);
      }
    }
    /* the program must not inherit anything of ours beyond stdio */
    /* keep only the exec pipe, which closes itself on exec */
    if (exec_pipe[1] > 3) syscall(SYS_close_range, 3U, (unsigned)exec_pipe[1] - 1, 0U);
    syscall(SYS_close_range, (unsigned)exec_pipe[1] + 1, ~0U, 0U);
    signal(SIGPIPE, SIG_DFL);
    if (seccomp) {
      int e = install_seccomp();
      if (e != 0) {
        (void)!write(exec_pipe[1], &e, sizeof e);
        _exit(EXIT_LAUNCH_FAILED);
      }
    }
    execvp(argv[i], &argv[i]);
    int e = errno;
    (void)!write(exec_pipe[1], &e, sizeof e);
    _exit(EXIT_LAUNCH_FAILED);
  }
  program_pid = child;
  close(exec_pipe[1]);
  int exec_errno = 0;
  ssize_t got;
  do got = read(exec_pipe[0], &exec_errno, sizeof exec_errno); while (got < 0 && errno == EINTR);
  close(exec_pipe[0]);

  int status = 0;
  for (;;) {
    int st;
    pid_t p = waitpid(-1, &st, 0);
    if (p < 0) {
      if (errno == EINTR) continue;
      die("waitpid");
    }
    if (p == child) { status = st; break; }
  }
  long long wall = now_us() - start;
  if (!own_namespace) {
    kill(-child, SIGKILL);
    while (waitpid(-1, NULL, WNOHANG) > 0) {}
  }
  struct rusage ru;
  getrusage(RUSAGE_CHILDREN, &ru);
  char line[256];
  int n = snprintf(line, sizeof line,
                   "status=%d exec_errno=%d utime_us=%lld stime_us=%lld maxrss_kb=%ld wall_us=%lld\n",
                   status, got > 0 ? exec_errno : 0, tv_us(ru.ru_utime), tv_us(ru.ru_stime),
                   ru.ru_maxrss, wall);
  (void)!write(status_fd, line, (size_t)n);
  _exit(0);
}

#include "zygote.inc"
#include "work-mount.inc"
#include "rmtree.inc"

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "launch") == 0) return launch(argc, argv);
  if (argc >= 2 && strcmp(argv[1], "init") == 0) return init(argc, argv);
  if (argc >= 2 && strcmp(argv[1], "zygote") == 0) return zygote(argc, argv);
  if (argc >= 2 && strcmp(argv[1], "rmtree") == 0) return rmtree(argc, argv);
  if (argc >= 2 && strcmp(argv[1], "mount-work") == 0) return mount_work(argc, argv);
  if (argc >= 2 && strcmp(argv[1], "helper") == 0) return helper(argc, argv);
  die_msg("usage: verdict-launch launch|init|zygote|rmtree|mount-work|helper [options] -- program [args...]");
  return EXIT_LAUNCH_FAILED;
}
