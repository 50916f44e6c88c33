package dev.strata.reactive;

import dev.strata.boot.MigrationStepEvent;
import dev.strata.r2dbc.R2dbcDriver;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;

/**
 * The threads Strata's engine ran on in this service: each connection its R2DBC driver opened (the service's
 * ConnectionFactory is wrapped to see them) and each migration step. Other users of the ConnectionFactory, such as
 * R2DBC's own health check, are not Strata and are not recorded.
 */
final class EngineThreads implements BeanPostProcessor, ApplicationListener<MigrationStepEvent> {

    private final List<String> names = new CopyOnWriteArrayList<>();

    List<String> names() {
        return List.copyOf(names);
    }

    void clear() {
        names.clear();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ConnectionFactory connectionFactory ? new Recording(connectionFactory) : bean;
    }

    @Override
    public void onApplicationEvent(MigrationStepEvent event) {
        names.add(Thread.currentThread().getName());
    }

    private final class Recording implements ConnectionFactory, Wrapped<ConnectionFactory> {

        private final ConnectionFactory delegate;

        Recording(ConnectionFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public Publisher<? extends Connection> create() {
            boolean strata = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    frame -> frame.getClassName().equals(R2dbcDriver.class.getName())));
            if (strata) {
                names.add(Thread.currentThread().getName());
            }
            return delegate.create();
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return delegate.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return delegate;
        }
    }
}
