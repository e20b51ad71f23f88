//! The browser entry point (built by trunk from `index.html`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<tiaojie::ui::App>::new().render();
}
