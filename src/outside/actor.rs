//! Who does an action, for the audit trail: the OS user and, over SSH, the client address.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user: String,
    pub ssh_client: Option<String>,
}

impl Actor {
    pub fn from_env() -> Self {
        let user = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .unwrap_or_else(whoami::username);
        // SSH_CLIENT is "addr port localport"; SSH_CONNECTION is "addr port localaddr localport".
        let ssh_client = ["SSH_CLIENT", "SSH_CONNECTION"]
            .iter()
            .find_map(|k| std::env::var(k).ok())
            .and_then(|v| v.split_whitespace().next().map(str::to_string));
        Actor { user, ssh_client }
    }

    pub fn named(user: &str) -> Self {
        Actor { user: user.to_string(), ssh_client: None }
    }
}
