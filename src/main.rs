//! The `miniprogram-mcp` binary: parse the command line, set up logging (stderr
//! only: in stdio mode stdout carries nothing but MCP), run the command.

use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Return freed memory to the OS promptly instead of keeping it for reuse: with the
/// defaults, RSS under load and with large registries is 30-50 % higher. Option ids are
/// the `mi_option_e` values of mimalloc v3 as bundled by libmimalloc-sys 0.1.49 (pinned
/// in Cargo.toml; check `include/mimalloc.h` when upgrading).
///
/// And no transparent huge pages: a 2 MiB page that holds a few live objects stays
/// resident whole (the idle server 43 -> 31 MiB). mimalloc is built not to ask for them
/// (the `no_thp` feature); the process opts out too, for kernels that give them to every
/// large mapping (`/sys/kernel/mm/transparent_hugepage/enabled` = always).
fn tune_allocator() {
    const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: plain setters of global allocator options, valid at any time.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 10);
    }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and changes only this process's
    // page policy; a failure (very old kernel) leaves the kernel's default, harmlessly.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    // Before the runtime and its threads allocate anything.
    tune_allocator();
    // One worker per CPU the process may use (tokio's default; TOKIO_WORKER_THREADS
    // overrides it). Two workers forced onto one CPU halved p99 at 500 HTTP sessions
    // but cost 15-30 % of the calls per second at every load (a context switch per
    // hand-over between the connection's and the session's tasks): see README,
    // "HTTP and stdio against a minimal rmcp server".
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    runtime
        .enable_all()
        .build()
        .expect("the tokio runtime starts")
        .block_on(run())
}

async fn run() -> ExitCode {
    let cli = match miniprogram_mcp::cli::parse() {
        Ok(cli) => cli,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let default_filter = miniprogram_mcp::cli::default_log_filter(&cli);
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MINIPROGRAM_MCP_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_filter)),
        )
        .init();
    miniprogram_mcp::cli::run(cli).await
}
