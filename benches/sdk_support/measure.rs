//! What the bench counts: allocations (a global allocator that counts per thread) and CPU time
//! (the kernel's per-thread and per-process clocks).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    // Const-initialised cells without destructors: reading them never allocates and never
    // fails, so the allocator itself may use them.
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static ALLOCATED_BYTES: Cell<u64> = const { Cell::new(0) };
    // The sizes of the allocations made while recording (see `record_sizes`).
    static RECORDING: Cell<bool> = const { Cell::new(false) };
    static SIZES: [Cell<usize>; MAX_RECORDED] = const { [const { Cell::new(0) }; MAX_RECORDED] };
    static RECORDED: Cell<usize> = const { Cell::new(0) };
}

/// The most allocation sizes [`record_sizes`] keeps.
const MAX_RECORDED: usize = 512;

/// The system allocator, counting each allocation (and each reallocation, which may move) and
/// its size on the calling thread's counters.
#[derive(Debug)]
pub(crate) struct CountingAllocator;

#[inline]
fn note(size: usize) {
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    let _ = ALLOCATED_BYTES.try_with(|n| n.set(n.get() + size as u64));
    if RECORDING.try_with(Cell::get).unwrap_or(false) {
        let _ = RECORDED.try_with(|n| {
            let at = n.get();
            if at < MAX_RECORDED {
                let _ = SIZES.try_with(|sizes| sizes[at].set(size));
                n.set(at + 1);
            }
        });
    }
}

/// Runs `f` and returns the sizes of the allocations it made on this thread, in order (at most
/// 512 of them).
pub(crate) fn record_sizes<T>(f: impl FnOnce() -> T) -> (T, Vec<usize>) {
    RECORDED.with(|n| n.set(0));
    RECORDING.with(|on| on.set(true));
    let value = f();
    RECORDING.with(|on| on.set(false));
    let sizes = SIZES.with(|sizes| {
        sizes[..RECORDED.with(Cell::get)]
            .iter()
            .map(Cell::get)
            .collect()
    });
    (value, sizes)
}

// SAFETY: every method hands its arguments unchanged to `System` and returns what `System`
// returns, so each upholds the `GlobalAlloc` contract exactly as `System` does. The counting
// only updates thread-local `Cell`s, which neither allocate nor unwind.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size);
        // SAFETY: `ptr` was allocated by this allocator, that is by `System`, with `layout`;
        // the caller upholds the rest of `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` (through this allocator) with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// Allocations and bytes allocated so far on this thread.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Allocations {
    pub(crate) count: u64,
    pub(crate) bytes: u64,
}

impl Allocations {
    pub(crate) fn now() -> Allocations {
        Allocations {
            count: ALLOCATIONS.with(Cell::get),
            bytes: ALLOCATED_BYTES.with(Cell::get),
        }
    }

    pub(crate) fn since(self, start: Allocations) -> Allocations {
        Allocations {
            count: self.count - start.count,
            bytes: self.bytes - start.bytes,
        }
    }
}

/// CPU time used by the calling thread (user and system).
pub(crate) fn thread_cpu() -> Duration {
    clock(libc::CLOCK_THREAD_CPUTIME_ID)
}

/// CPU time used by the whole process: every thread, the local server's included.
pub(crate) fn process_cpu() -> Duration {
    clock(libc::CLOCK_PROCESS_CPUTIME_ID)
}

#[allow(unsafe_code)]
fn clock(id: libc::clockid_t) -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable `timespec` for the whole call, and `id` is one of the
    // CPU-time clocks every Linux kernel the bench runs on provides.
    let status = unsafe { libc::clock_gettime(id, &mut now) };
    assert_eq!(status, 0, "clock_gettime({id}) failed");
    Duration::new(
        u64::try_from(now.tv_sec).unwrap_or(0),
        u32::try_from(now.tv_nsec).unwrap_or(0),
    )
}
