export { CARRY_LIMITS, checkCarried } from './carry.ts';
export { type CgroupDriver, cgroupV1Driver, cgroupV2Driver } from './cgroup.ts';
export { SandboxError, type SandboxErrorCode } from './errors.ts';
export { findCgroupMounts } from './host.ts';
export { createSandbox, createSandboxWithDriver } from './sandbox.ts';
export * from './types.ts';
