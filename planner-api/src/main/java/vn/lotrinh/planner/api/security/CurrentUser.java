package vn.lotrinh.planner.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current change, as the audit trail records it. */
@Component
public class CurrentUser {

    /** The one user of single-user local mode. */
    public static final String LOCAL = "local";
    /** The service itself, outside any request (the sample plan loaded on the first start). */
    public static final String SYSTEM = "system";

    /** The authenticated name; {@link #LOCAL} in local mode; {@link #SYSTEM} outside a request. */
    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }
}
