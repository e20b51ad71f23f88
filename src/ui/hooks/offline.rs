//! Whether the app works offline: true once the service worker (`assets/sw/sw.js`) is
//! active, which it becomes only after it has cached the app, its fonts and examples.

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[hook]
pub fn use_offline_ready() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let container = web_sys::window().map(|w| w.navigator().service_worker());
            if let Some(container) = container
                && let Ok(promise) = container.ready()
            {
                wasm_bindgen_futures::spawn_local(async move {
                    if JsFuture::from(promise).await.is_ok() {
                        ready.set(true);
                    }
                });
            }
        });
    }
    *ready
}
