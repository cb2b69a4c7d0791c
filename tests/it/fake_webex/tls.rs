//! A TLS front for the fake, so the client's `ca_file` is tested over real HTTPS. The certificates
//! in `tls/` are test fixtures: a throwaway CA (its key was discarded when the server certificate
//! for 127.0.0.1 was signed) and that server certificate with its key. Nothing else trusts them.

use std::path::PathBuf;
use std::sync::Arc;

use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

pub fn tls_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/it/fake_webex/tls")
}

/// The CA to put in a client's `ca_file`.
pub fn ca_file() -> PathBuf {
    tls_dir().join("ca.pem")
}

pub struct TlsFront {
    /// `https://127.0.0.1:PORT/v1`
    pub base_url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TlsFront {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// HTTPS on a port of its own, relayed byte for byte to the fake's plain HTTP port.
pub fn start(fake_port: u16) -> TlsFront {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(tls_dir().join("server.pem"))
        .expect("server.pem")
        .collect::<Result<_, _>>()
        .expect("certificates");
    let key = PrivateKeyDer::from_pem_file(tls_dir().join("server.key")).expect("server.key");
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server certificate");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind TLS front");
    let port = l.local_addr().expect("addr").port();
    l.set_nonblocking(true).expect("nonblocking");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
        rt.block_on(async move {
            let l = tokio::net::TcpListener::from_std(l).expect("listener");
            let serve = async {
                loop {
                    let Ok((tcp, _)) = l.accept().await else { continue };
                    let acceptor = acceptor.clone();
                    tokio::spawn(async move {
                        // A client that refuses the certificate ends the handshake: nothing to relay.
                        let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                        let Ok(mut plain) = tokio::net::TcpStream::connect(("127.0.0.1", fake_port)).await else {
                            return;
                        };
                        let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                    });
                }
            };
            tokio::select! {
                _ = serve => {}
                _ = rx => {}
            }
        });
    });
    TlsFront { base_url: format!("https://127.0.0.1:{port}/v1"), shutdown: Some(tx) }
}
