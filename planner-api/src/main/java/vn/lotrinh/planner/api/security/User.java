package vn.lotrinh.planner.api.security;

/** A user the service knows, checked: a name, its encoded password and its role. */
record User(String username, String encodedPassword, Role role) {

    @Override
    public String toString() {
        return "User[username=" + username + ", role=" + role + "]";
    }
}
